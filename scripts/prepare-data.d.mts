export function absoluteDatabaseUrl(url: string, cwd?: string): string;
export function ensureAuthSecret(dataDir: string): string;
export function prepareData(options?: { log?: (message: string) => void }): Promise<{ dataDir: string; provider: "sqlite" | "postgresql"; databaseUrl: string; secretSource: string }>;
