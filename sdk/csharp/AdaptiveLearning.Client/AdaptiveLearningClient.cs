using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Answers;
using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Cards;
using AdaptiveLearning.Client.Resources.Hierarchy;
using AdaptiveLearning.Client.Resources.Imports;
using AdaptiveLearning.Client.Resources.Models;
using AdaptiveLearning.Client.Resources.Progress;
using AdaptiveLearning.Client.Resources.Scheduler;
using AdaptiveLearning.Client.Resources.Questions;
using AdaptiveLearning.Client.Resources.Sessions;
using AdaptiveLearning.Client.Resources.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Client;

/// <summary>
/// The AdaptiveLearning API, one property per area. Get it from dependency injection after
/// <c>services.AddAdaptiveLearningClient(…)</c>, or create one
/// with <c>new AdaptiveLearningClient(options)</c> and dispose it when done.
/// </summary>
public sealed class AdaptiveLearningClient : IDisposable
{
    private readonly ServiceProvider? _ownedServices;
    private readonly ApiSet _apis;

    /// <summary>Creates a client without a dependency-injection container.</summary>
    /// <param name="options">Base address and, optionally, the login used to sign in automatically.</param>
    public AdaptiveLearningClient(AdaptiveLearningClientOptions options)
        : this(OwnServices(options))
    {
    }

    private AdaptiveLearningClient(ServiceProvider services)
        : this(services.GetRequiredService<ApiSet>())
    {
        _ownedServices = services;
    }

    internal AdaptiveLearningClient(ApiSet apis)
    {
        _apis = apis;
        Auth = apis.Auth;
        Users = apis.Users;
        Hierarchy = apis.Hierarchy;
        Questions = apis.Questions;
        Sessions = apis.Sessions;
        Answers = apis.Answers;
        Cards = apis.Cards;
        Progress = apis.Progress;
        Scheduler = apis.Scheduler;
        Imports = apis.Imports;
        Models = apis.Models;
        Session = apis.Session;
    }

    /// <summary>Register, log in, refresh and log out.</summary>
    public IAuthApi Auth { get; }

    /// <summary>The signed-in user's profile, settings, review log, data export and account deletion.</summary>
    public IUsersApi Users { get; }

    /// <summary>The topic &gt; subtopic &gt; leaf &gt; facet tree: browse it; authors and admins also create, edit and reorder nodes.</summary>
    public IHierarchyApi Hierarchy { get; }

    /// <summary>The question bank: list, search and read questions; authors write and submit them, admins publish and archive.</summary>
    public IQuestionsApi Questions { get; }

    /// <summary>Study sessions: start one, get the next questions, end it.</summary>
    public ISessionsApi Sessions { get; }

    /// <summary>Answers, graded on the server, one at a time or as an offline batch.</summary>
    public IAnswersApi Answers { get; }

    /// <summary>My cards and their schedules: list, suspend, bury, reset, move, undo the last answer.</summary>
    public ICardsApi Cards { get; }

    /// <summary>My progress per node and my dashboard.</summary>
    public IProgressApi Progress { get; }

    /// <summary>My spaced-repetition scheduler: fit my own FSRS parameters, forecast my workload.</summary>
    public ISchedulerApi Scheduler { get; }

    /// <summary>Bulk imports of question files (authors and admins).</summary>
    public IImportsApi Imports { get; }

    /// <summary>The adaptive engine's models: train, swap and inspect them (admins).</summary>
    public IModelsApi Models { get; }

    /// <summary>The tokens this client holds and renews automatically, unless <see cref="AdaptiveLearningClientOptions.TokenStore"/> keeps them elsewhere.</summary>
    public AdaptiveLearningSession Session { get; }

    /// <summary>Logs in and keeps the tokens for the calls that follow.</summary>
    /// <param name="login">Email or username.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, also saved in the token store (<see cref="Session"/> by default).</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_credentials</c>, 429 <c>account_locked</c>.</exception>
    public async Task<TokenResponse> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        var tokens = await Auth.LoginAsync(new LoginRequest { Login = login, Password = password }, cancellationToken).ConfigureAwait(false);
        await _apis.Tokens.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    /// <summary>Revokes the current refresh token on the server and forgets the tokens.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when signed out.</returns>
    public async Task SignOutAsync(CancellationToken cancellationToken = default)
    {
        if (await _apis.Tokens.PeekAsync(cancellationToken).ConfigureAwait(false) is { } tokens)
            await Auth.LogoutAsync(new LogoutRequest { RefreshToken = tokens.RefreshToken }, cancellationToken).ConfigureAwait(false);
        await _apis.Tokens.ForgetAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the HTTP resources of a client created with <c>new</c>; a no-op for injected clients.</summary>
    public void Dispose() => _ownedServices?.Dispose();

    private static ServiceProvider OwnServices(AdaptiveLearningClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceCollection().AddAdaptiveLearningClientCore(options).BuildServiceProvider();
    }
}
