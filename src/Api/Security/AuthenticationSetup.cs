using AdaptiveLearning.Application.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace AdaptiveLearning.Api.Security;

internal static class AuthenticationSetup
{
    public static void AddJwtAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        var key = SigningKey.Resolve(options, builder.Environment);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<ITokenIssuer, JwtTokenIssuer>();

        builder.Services.AddAuthentication(ApiKeyAuthentication.DefaultScheme).AddApiKeys().AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = key,
                // Only our own algorithm: rejects alg=none and algorithm-confusion tokens.
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = ClaimNames.Subject,
                RoleClaimType = ClaimNames.Role,
            };
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = TokenRevocation.CheckAsync,
                OnChallenge = TokenRevocation.ChallengeAsync,
            };
        });
        builder.Services.AddAuthorization();
    }
}
