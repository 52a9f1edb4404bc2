using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Admin;

/// <summary>The admin requests' closed-set checks: only a wire name parses, and the message lists them.</summary>
internal static class EnumRule
{
    public static bool IsNullOrName<TEnum>(string? name) where TEnum : struct, Enum => name is null || WireNames.TryParse(name, out TEnum _);

    public static TEnum? ParseOrNull<TEnum>(string? name) where TEnum : struct, Enum => WireNames.TryParse(name, out TEnum value) ? value : null;

    public static string OneOf<TEnum>() where TEnum : struct, Enum =>
        $"Use {string.Join(", ", WireNames.All<TEnum>().SkipLast(1))} or {WireNames.All<TEnum>()[^1]}.";
}
