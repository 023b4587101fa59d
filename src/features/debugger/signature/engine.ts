// Everything heavy the signature panel needs (jose, asn1js, WebCrypto logic). The panel loads this
// module with a dynamic import, so none of it is in the first-load bundle.
export { rewriteHeaderAlg } from '../../../jwt/alg-rewrite';
export { convertKeyText } from '../../../jwt/convert';
export { generateKeyFor } from '../../../jwt/generate';
export { signToken } from '../../../jwt/sign';
export { checkSignature } from '../../../jwt/verify';
