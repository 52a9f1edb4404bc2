using System.Security.Cryptography;

namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// Ten single-use codes of 16 base32 characters (80 random bits) shown once at confirmation. So many bits make a plain
/// SHA-256 safe to store: unlike a password, a code cannot be guessed from a dictionary.
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int Length = 16;

    public static IReadOnlyList<string> Generate() =>
        Enumerable.Range(0, Count).Select(_ => Format(RandomNumberGenerator.GetString(Alphabet, Length))).ToList();

    /// <summary>Hashes what a user typed the way <see cref="Generate"/>'s codes were hashed: dashes, spaces and case do not matter.</summary>
    public static string HashOf(string code) => RefreshTokenFactory.HashOf(Normalise(code));

    private static string Normalise(string code) =>
        new(code.Where(c => c is not ('-' or ' ')).Select(char.ToLowerInvariant).ToArray());

    private static string Format(string raw) => string.Join('-', raw.Chunk(4).Select(c => new string(c)));
}
