// Public surface of the certificate tooling: the tree as data, the generator, the `certs`
// command and the test API (typed handles over a certificate folder).
export {
  seedTree,
  SEED_NOW,
  applyOffset,
  checkTree,
  type CertificateTree,
  type CertificateSpec,
  type ChainFileSpec,
  type ValidityOffset,
} from "./tree.ts";
export {
  generateTree,
  type GenerateOptions,
  type GeneratedTree,
  type GeneratedCertificate,
  type KeyAlgorithm,
  type Manifest,
} from "./generate.ts";
export { writeTree } from "./write.ts";
export { createPkcs12, type Pkcs12Input } from "./pkcs12.ts";
export { runCertsCommand } from "./cli.ts";
export {
  certs,
  load,
  committedCertsDir,
  certificatePem,
  type CertificateHandle,
  type CertificateFolder,
  type SeedCertificates,
} from "./handles.ts";
export { agwHeaderValue, pem, pemBlocks, base64Lines } from "./pem.ts";
