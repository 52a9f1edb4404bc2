namespace AdaptiveLearning.Api.Features.Auth;

/// <summary>A request that carries a second factor: the authenticator's code or a recovery code, exactly one.</summary>
public interface ISecondFactorInput
{
    string? Code { get; }
    string? RecoveryCode { get; }
}
