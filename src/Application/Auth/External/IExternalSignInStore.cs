namespace AdaptiveLearning.Application.Auth.External;

/// <summary>
/// Short-lived, single-use entries shared by every API instance: the provider may send the user back to another
/// instance than the one that sent them. Take* removes the entry it returns, so a second take finds nothing.
/// </summary>
public interface IExternalSignInStore
{
    Task SavePendingAsync(string state, PendingExternalSignIn pending, TimeSpan lifetime, CancellationToken ct);
    Task<PendingExternalSignIn?> TakePendingAsync(string state, CancellationToken ct);

    /// <param name="codeHash">Only the hash of the one-time code is stored.</param>
    Task SaveCodeAsync(string codeHash, ExternalSignInCode code, TimeSpan lifetime, CancellationToken ct);
    Task<ExternalSignInCode?> TakeCodeAsync(string codeHash, CancellationToken ct);
}
