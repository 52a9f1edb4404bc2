namespace AdaptiveLearning.Domain.Common;

/// <summary>Text people type may hold line breaks and tabs, never NUL or other control characters.</summary>
public static class ControlCharacters
{
    public static bool In(string? text) => text is not null && text.Any(IsForbidden);

    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
