namespace AdaptiveLearning.Api.OpenApi;

/// <summary>A request field kept for existing clients; the document marks it deprecated and says what replaces it.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DeprecatedAttribute(string replacement) : Attribute
{
    public string Replacement { get; } = replacement;
}
