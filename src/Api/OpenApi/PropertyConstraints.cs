namespace AdaptiveLearning.Api.OpenApi;

/// <summary>What a request property's validator promises about it, in JSON Schema terms.</summary>
internal sealed record PropertyConstraints(
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    string? Pattern = null,
    string? Format = null)
{
    public static readonly PropertyConstraints None = new();
}
