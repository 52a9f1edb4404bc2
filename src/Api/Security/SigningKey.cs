using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace AdaptiveLearning.Api.Security;

internal static class SigningKey
{
    /// <summary>
    /// Outside Development a missing or short key stops startup; in Development an ephemeral key
    /// keeps a bare <c>dotnet run</c> working (tokens then die with the process).
    /// </summary>
    public static SymmetricSecurityKey Resolve(JwtOptions options, IHostEnvironment environment)
    {
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey);
        if (bytes.Length >= JwtOptions.MinimumKeyBytes)
            return new SymmetricSecurityKey(bytes);
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                $"Jwt:SigningKey must be set to at least {JwtOptions.MinimumKeyBytes} bytes outside Development.");
        return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64));
    }
}
