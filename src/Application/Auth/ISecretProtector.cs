namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// Encrypts secrets kept at rest (TOTP seeds) with a key the database never holds. A secret is bound to its owner,
/// so someone able to write rows cannot move their own authenticator onto another account.
/// </summary>
public interface ISecretProtector
{
    string Protect(Guid owner, string secret);
    string Unprotect(Guid owner, string protectedSecret);
}
