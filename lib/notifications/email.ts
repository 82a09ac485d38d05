/** Email through the household's own SMTP server (nodemailer); the password is stored sealed (lib/crypto/secrets). */
import nodemailer from "nodemailer";
import { decryptSecret } from "../crypto/secrets";
import type { SmtpSettings } from "./kinds";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function sendEmail(smtp: SmtpSettings, mail: OutgoingMail): Promise<void> {
  const password = smtp.passwordSealed ? decryptSecret<string>(smtp.passwordSealed) : undefined;
  const transport = nodemailer.createTransport({
    host: smtp.host, port: smtp.port, secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: password ?? "" } } : {}),
    connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
  } finally {
    transport.close();
  }
}
