using AdaptiveLearning.Application.Auth;
using Microsoft.AspNetCore.Identity;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>ASP.NET Core Identity's PBKDF2 (SHA-512, 100k iterations) hasher.</summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Subject = new();
    private static readonly string DummyHash = Hasher.HashPassword(Subject, "not-a-real-password-" + Guid.NewGuid());

    public string Hash(string password) => Hasher.HashPassword(Subject, password);

    public bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(Subject, hash, password) != PasswordVerificationResult.Failed;

    public void VerifyAgainstDummy(string password) => Hasher.VerifyHashedPassword(Subject, DummyHash, password);
}
