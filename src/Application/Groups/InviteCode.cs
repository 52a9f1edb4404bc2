using System.Security.Cryptography;

namespace AdaptiveLearning.Application.Groups;

/// <summary>
/// 12 characters from a 31-letter alphabet without look-alikes (0/O, 1/I/L): about 59 bits, typed by hand yet
/// unguessable, and replaced (which revokes the old one) whenever the owner asks.
/// </summary>
internal static class InviteCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 12;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Codes are read case-insensitively and without the spaces or dashes people add.</summary>
    public static string Normalise(string code) =>
        new(code.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
}
