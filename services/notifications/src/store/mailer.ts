import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Where mail goes, for the logs: an SMTP server or a folder. */
  readonly target: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * DX_SMTP_URL (`smtp://user:pass@host:587`, `smtps://…`) sends through SMTP with nodemailer.
 * Without it, each message is written as an .eml file under `<DX_DATA_DIR or .data>/mail/`, so a new
 * user can read what would have been sent.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  const from = env.DX_MAIL_FROM ?? 'dx-suite <no-reply@dx-suite.local>';
  if (env.DX_SMTP_URL) {
    const transport: Transporter = nodemailer.createTransport(env.DX_SMTP_URL);
    return {
      target: env.DX_SMTP_URL.replace(/\/\/[^@/]*@/, '//***@'),
      send: async (mail) => {
        await transport.sendMail({ from, ...mail });
      },
      close: () => transport.close(),
    };
  }
  const folder = resolve(env.DX_MAIL_DIR ?? join(env.DX_DATA_DIR ?? '.data', 'mail'));
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let counter = 0;
  return {
    target: folder,
    send: async (mail) => {
      const info = await transport.sendMail({ from, ...mail });
      await mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${counter++}.eml`;
      await writeFile(join(folder, name), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
