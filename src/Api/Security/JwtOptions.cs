namespace AdaptiveLearning.Api.Security;

public sealed class JwtOptions
{
    public const string Section = "Jwt";
    public const int MinimumKeyBytes = 32;

    public string SigningKey { get; set; } = "";
    public string Issuer { get; set; } = "adaptive-learning";
    public string Audience { get; set; } = "adaptive-learning-clients";
    public int AccessTokenMinutes { get; set; } = 15;
}
