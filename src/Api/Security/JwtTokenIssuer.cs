using System.Security.Claims;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Users;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdaptiveLearning.Api.Security;

internal sealed class JwtTokenIssuer(JwtOptions options, SymmetricSecurityKey key, IClock clock) : ITokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public AccessToken IssueAccessToken(User user, Guid? sessionId = null)
    {
        var now = clock.UtcNow.UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(options.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(Claims(user, sessionId)),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    private static IEnumerable<Claim> Claims(User user, Guid? sessionId)
    {
        IEnumerable<Claim> claims =
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
                new Claim(JwtRegisteredClaimNames.PreferredUsername, user.Username),
                new Claim(ClaimNames.Role, WireNames.Of(user.Role)),
                new Claim(ClaimNames.SecurityStamp, user.SecurityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer32),
                new Claim(ClaimNames.EmailVerified, user.EmailVerifiedAt is null ? "false" : "true", ClaimValueTypes.Boolean),
            ];
        // Login asks such an account for a code, so its tokens (and those refreshed from them) passed the second factor.
        if (user.MfaEnabled)
            claims = claims.Append(new Claim(ClaimNames.Mfa, ClaimNames.MfaTotp));
        return sessionId is { } sid ? claims.Append(new Claim(ClaimNames.Session, sid.ToString())) : claims;
    }
}
