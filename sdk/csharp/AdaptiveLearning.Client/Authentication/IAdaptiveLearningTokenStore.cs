namespace AdaptiveLearning.Client;

/// <summary>
/// Where a client keeps its tokens. The default keeps one user's tokens in memory (<see cref="AdaptiveLearningSession"/>);
/// a server app acting for many users implements this to keep each user's tokens, for example in its own session store,
/// choosing the user from ambient context such as <c>IHttpContextAccessor</c>. Calls for one user should see that user's
/// last saved tokens: a refresh token is single-use.
/// </summary>
/// <example><code>
/// sealed class PerUserTokens(IHttpContextAccessor http, IDistributedCache cache) : IAdaptiveLearningTokenStore { … }
/// services.AddSingleton&lt;IAdaptiveLearningTokenStore, PerUserTokens&gt;();
/// services.AddAdaptiveLearningClient("learning", configuration.GetSection("Learning"));
/// </code></example>
public interface IAdaptiveLearningTokenStore
{
    /// <summary>The current user's tokens, or null when they have not signed in.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tokens last saved for the current user.</returns>
    ValueTask<AdaptiveLearningTokens?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Saves the current user's tokens after a login or refresh; null after sign-out.</summary>
    /// <param name="tokens">The new tokens, or null to forget them.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when saved.</returns>
    ValueTask SaveAsync(AdaptiveLearningTokens? tokens, CancellationToken cancellationToken);
}
