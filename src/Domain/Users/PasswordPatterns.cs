namespace AdaptiveLearning.Domain.Users;

/// <summary>Passwords that are long but guessable: one repeated unit (aaaa…, abcabc…) or a run (abcd…, 9876…, 7890123…).</summary>
internal static class PasswordPatterns
{
    private const int LongestRepeatedUnit = 4;

    public static bool IsRepetition(string password)
    {
        var p = password.ToLowerInvariant();
        for (var unit = 1; unit <= LongestRepeatedUnit && unit * 2 <= p.Length; unit++)
        {
            var i = unit;
            while (i < p.Length && p[i] == p[i - unit])
                i++;
            if (i == p.Length)
                return true;
        }
        return false;
    }

    /// <summary>Three quarters or more of neighbouring characters step by ±1 (digits wrap 9↔0) or repeat.</summary>
    public static bool IsSequence(string password)
    {
        var p = password.ToLowerInvariant();
        var predictable = 0;
        for (var i = 1; i < p.Length; i++)
            if (Step(p[i - 1], p[i]) is -1 or 0 or 1)
                predictable++;
        return predictable * 4 >= (p.Length - 1) * 3;
    }

    private static int Step(char previous, char next)
    {
        var step = next - previous;
        if (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next) && Math.Abs(step) == 9)
            return -Math.Sign(step);
        return step;
    }
}
