namespace AdaptiveLearning.Application.Auth;

public interface IPasswordHasher
{
    string Hash(string password);
    bool Verify(string hash, string password);

    /// <summary>Costs as much as a real verification, so unknown logins answer in the same time.</summary>
    void VerifyAgainstDummy(string password);
}
