using AdaptiveLearning.Application.Common;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>
/// The key format <c>al_live_&lt;id as 32 hex&gt;_&lt;256-bit secret, base64url&gt;</c>: a fixed prefix secret scanners
/// can match, the id to look the key up by, and a secret stored only as its SHA-256 (ADR 0014 says why not a slow hash).
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "al_live_";
    private const int IdLength = 32;
    private const int SecretLength = 43; // base64url of 32 bytes, unpadded

    public static string PrefixOf(Guid id) => Prefix + id.ToString("N");

    /// <summary>A new key for <paramref name="id"/> and the hash to store.</summary>
    public static (string Key, byte[] Hash) Issue(Guid id)
    {
        var secret = RandomToken.New();
        return (PrefixOf(id) + "_" + secret, Hash(secret));
    }

    /// <summary>Splits a presented key; false for anything that is not shaped like one of ours.</summary>
    public static bool TryParse(string? key, out Guid id, [NotNullWhen(true)] out string? secret)
    {
        id = Guid.Empty;
        secret = null;
        if (key is null || key.Length != Prefix.Length + IdLength + 1 + SecretLength || !key.StartsWith(Prefix, StringComparison.Ordinal)
            || key[Prefix.Length + IdLength] != '_'
            || !Guid.TryParseExact(key.AsSpan(Prefix.Length, IdLength), "N", out id))
            return false;
        secret = key[(Prefix.Length + IdLength + 1)..];
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Constant time, so the answer's timing says nothing about how much of a guessed secret was right.</summary>
    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

}
