import { generateKeyPairSync } from 'node:crypto';

export interface KeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateTokenKeys(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Puts a fresh key pair where the directory (signing) and every subgraph (verifying) read it. */
export function useFreshTokenKeys(): KeyPair {
  const keys = generateTokenKeys();
  process.env.DX_TOKEN_PUBLIC_KEY = keys.publicKeyPem;
  process.env.DX_TOKEN_PRIVATE_KEY = keys.privateKeyPem;
  return keys;
}
