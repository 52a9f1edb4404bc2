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

    public AccessToken IssueAccessToken(User user)
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
            Subject = new ClaimsIdentity(Claims(user)),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    private static IEnumerable<Claim> Claims(User user)
    {
        yield return new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString());
        yield return new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString());
        yield return new Claim(JwtRegisteredClaimNames.PreferredUsername, user.Username);
        yield return new Claim(ClaimNames.Role, WireNames.Of(user.Role));
        yield return new Claim(ClaimNames.SecurityStamp, user.SecurityStamp.ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer32);
        // Login asks such an account for a code, so its tokens (and those refreshed from them) passed the second factor.
        if (user.MfaEnabled)
            yield return new Claim(ClaimNames.Mfa, ClaimNames.MfaTotp);
    }
}
