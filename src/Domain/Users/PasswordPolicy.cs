namespace AdaptiveLearning.Domain.Users;

public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    // The most common passwords of at least ten characters in public breach lists.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "0123456789", "1q2w3e4r5t", "qwertyuiop", "password123",
        "password12", "password1!", "iloveyou123", "qwerty1234", "1qaz2wsx3edc", "passw0rd123",
        "football123", "baseball123", "welcome123", "abcdefghij", "aaaaaaaaaa", "1111111111",
        "letmein123", "princess123", "sunshine123", "superman123", "administrator", "qwertyuiop123",
        "changeme123", "trustno1234", "monkey12345", "dragon12345", "1234qwerty", "zaq12wsxcde",
    };

    /// <returns>Why the password is refused, or null when it is acceptable.</returns>
    public static string? Check(string password, params string[] personalValues)
    {
        if (password.Length < MinimumLength)
            return $"Must be at least {MinimumLength} characters.";
        if (Common.Contains(password))
            return "Is one of the most common passwords.";
        if (PasswordPatterns.IsRepetition(password) || PasswordPatterns.IsSequence(password))
            return "Is a repetition or a sequence of characters, which is easy to guess.";
        if (personalValues.Any(v => v.Length > 0 && password.Contains(v, StringComparison.OrdinalIgnoreCase)))
            return "Must not contain your email or username.";
        return null;
    }
}
