using System.Reflection;

namespace AdaptiveLearning.Client;

/// <summary>
/// The API's enums are extensible: the server may add a value (a new study reason, a new job status) at any time.
/// The SDK reads such a value as <see cref="Unknown{TEnum}"/> rather than failing the call; test for it with <see cref="IsKnown{TEnum}"/>.
/// </summary>
/// <example><code>
/// var reason = next.Items[0].Reason;
/// var label = AdaptiveLearningEnums.IsKnown(reason) ? reason.ToString() : "Other";
/// </code></example>
public static class AdaptiveLearningEnums
{
    internal const string UnknownMemberName = "Unknown";

    /// <summary>
    /// The value a server enum value unknown to this SDK is read as: the enum's <c>Unknown</c> member when it has one,
    /// otherwise <c>-1</c>, a value no generated enum defines.
    /// </summary>
    /// <typeparam name="TEnum">A model enum, such as <c>StudyReason</c>.</typeparam>
    /// <returns>The fallback value.</returns>
    public static TEnum Unknown<TEnum>() where TEnum : struct, Enum => UnknownValue<TEnum>.Value;

    /// <summary>Whether <paramref name="value"/> is one of the values this SDK was built with (not <see cref="Unknown{TEnum}"/>).</summary>
    /// <typeparam name="TEnum">A model enum.</typeparam>
    /// <param name="value">A value read from the API.</param>
    /// <returns>False for a value the server added later.</returns>
    public static bool IsKnown<TEnum>(TEnum value) where TEnum : struct, Enum =>
        !EqualityComparer<TEnum>.Default.Equals(value, Unknown<TEnum>()) && Enum.IsDefined(typeof(TEnum), value);

    private static class UnknownValue<TEnum> where TEnum : struct, Enum
    {
        public static readonly TEnum Value =
            typeof(TEnum).GetField(UnknownMemberName, BindingFlags.Public | BindingFlags.Static) is { } member
                ? (TEnum)member.GetValue(null)!
                : (TEnum)Enum.ToObject(typeof(TEnum), -1);
    }
}
