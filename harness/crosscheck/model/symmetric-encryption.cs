// APIM's byte[] extensions Encrypt(alg, key, iv) and Decrypt(alg, key, iv) for the C# cross-check
// (api-management-policy-expressions.md, rows Encrypt and Decrypt with `alg: string`). As the
// harness twin reads the page (harness/dotnet/symmetric-encryption.ts): the algorithm is
// SymmetricAlgorithm.Create(alg) with its defaults (CBC, PKCS7), the transform is the real
// library's. One check is made here because mono differs from .NET Framework and .NET: a
// ciphertext that is not a whole number of blocks is CryptographicException there (mono throws
// ArgumentException from its transform).
using System;
using System.Security.Cryptography;

namespace ApimModel
{
    public static class SymmetricEncryptionExtensions
    {
        /// <summary>The input encrypted with the named algorithm (CBC, PKCS7), key and IV.</summary>
        public static byte[] Encrypt(this byte[] input, string alg, byte[] key, byte[] iv)
        {
            using (var algorithm = SymmetricAlgorithm.Create(alg))
            using (var transform = algorithm.CreateEncryptor(key, iv))
                return transform.TransformFinalBlock(input, 0, input.Length);
        }

        /// <summary>The plaintext of a ciphertext made by Encrypt with the same algorithm, key and IV.</summary>
        public static byte[] Decrypt(this byte[] input, string alg, byte[] key, byte[] iv)
        {
            using (var algorithm = SymmetricAlgorithm.Create(alg))
            using (var transform = algorithm.CreateDecryptor(key, iv))
            {
                if (input.Length % (algorithm.BlockSize / 8) != 0)
                    throw new CryptographicException("Length of the data to decrypt is invalid.");
                return transform.TransformFinalBlock(input, 0, input.Length);
            }
        }
    }
}
