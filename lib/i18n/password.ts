/** Strings of the settings page's password form, spread into en.ts and fr.ts. */
export const passwordEn = {
  "password.title": "Password",
  "password.intro": "Changing it signs you out everywhere else: other browsers and devices must sign in again with the new password. This one stays signed in.",
  "password.current": "Current password",
  "password.new": "New password",
  "password.newHint": "At least 10 characters.",
  "password.confirm": "New password again",
  "password.submit": "Change password",
  "password.changed": "Password changed. Every other session is signed out.",
} as const;

export const passwordFr: Record<keyof typeof passwordEn, string> = {
  "password.title": "Mot de passe",
  "password.intro": "Le changer vous déconnecte partout ailleurs : les autres navigateurs et appareils devront se reconnecter avec le nouveau mot de passe. Celui-ci reste connecté.",
  "password.current": "Mot de passe actuel",
  "password.new": "Nouveau mot de passe",
  "password.newHint": "Au moins 10 caractères.",
  "password.confirm": "Nouveau mot de passe, à nouveau",
  "password.submit": "Changer le mot de passe",
  "password.changed": "Mot de passe changé. Toutes les autres sessions sont déconnectées.",
};
