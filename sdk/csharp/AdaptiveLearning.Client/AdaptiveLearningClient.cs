using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Admin;
using AdaptiveLearning.Client.Resources.Analytics;
using AdaptiveLearning.Client.Resources.ServiceAccounts;
using AdaptiveLearning.Client.Resources.Webhooks;
using AdaptiveLearning.Client.Resources.Events;
using AdaptiveLearning.Client.Resources.Answers;
using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Cards;
using AdaptiveLearning.Client.Resources.Exports;
using AdaptiveLearning.Client.Resources.Badges;
using AdaptiveLearning.Client.Resources.Goals;
using AdaptiveLearning.Client.Resources.Groups;
using AdaptiveLearning.Client.Resources.Leaderboards;
using AdaptiveLearning.Client.Resources.Hierarchy;
using AdaptiveLearning.Client.Resources.Imports;
using AdaptiveLearning.Client.Resources.Models;
using AdaptiveLearning.Client.Resources.Progress;
using AdaptiveLearning.Client.Resources.Questions;
using AdaptiveLearning.Client.Resources.Scheduler;
using AdaptiveLearning.Client.Resources.Sessions;
using AdaptiveLearning.Client.Resources.Users;
using AdaptiveLearning.Client.Http;
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
        Goals = apis.Goals;
        Badges = apis.Badges;
        Groups = apis.Groups;
        Leaderboards = apis.Leaderboards;
        Imports = apis.Imports;
        Exports = apis.Exports;
        Models = apis.Models;
        Admin = apis.Admin;
        ServiceAccounts = apis.ServiceAccounts;
        Webhooks = apis.Webhooks;
        Events = apis.Events;
        Analytics = apis.Analytics;
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

    /// <summary>My study goals (a scope by a date) and their day-by-day plans.</summary>
    public IGoalsApi Goals { get; }

    /// <summary>Badges: the catalogue with my progress, the badges I hold, and their definitions (admins).</summary>
    public IBadgesApi Badges { get; }

    /// <summary>Study groups by invite code, their members and challenges, and an educating owner's view of members who share progress.</summary>
    public IGroupsApi Groups { get; }

    /// <summary>Weekly, monthly and all-time points leaderboards, for everyone or one of my groups.</summary>
    public ILeaderboardsApi Leaderboards { get; }

    /// <summary>Bulk imports of question files (authors and admins).</summary>
    public IImportsApi Imports { get; }

    /// <summary>Exports of the question bank as a zip in the import format (authors, reviewers and admins).</summary>
    public IExportsApi Exports { get; }

    /// <summary>The adaptive engine's models: train, swap and inspect them (admins).</summary>
    public IModelsApi Models { get; }

    /// <summary>Administration (admins): accounts' roles and activation, and the security audit log.</summary>
    public IAdminApi Admin { get; }

    /// <summary>Service accounts and their API keys for server-to-server integrations (admins).</summary>
    public IServiceAccountsApi ServiceAccounts { get; }

    /// <summary>Webhooks that receive signed events, and their delivery logs (admins; service accounts with the webhooks scope).</summary>
    public IWebhooksApi Webhooks { get; }

    /// <summary>My own events, live, as a Server-Sent Events stream.</summary>
    public IEventsApi Events { get; }

    /// <summary>Item statistics: weak questions and why they are flagged (staff); refresh them on demand (admins).</summary>
    public IAnalyticsApi Analytics { get; }

    /// <summary>The tokens this client holds and renews automatically, unless <see cref="AdaptiveLearningClientOptions.TokenStore"/> keeps them elsewhere.</summary>
    public AdaptiveLearningSession Session { get; }

    /// <summary>Logs in and keeps the tokens for the calls that follow.</summary>
    /// <param name="login">Email or username.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, also saved in the token store (<see cref="Session"/> by default).</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_credentials</c>, 429 <c>login_throttled</c> (this client failed too often; wait <c>Retry-After</c>).</exception>
    /// <exception cref="AdaptiveLearningMfaRequiredException">The account has two-step sign-in: finish with <see cref="CompleteSignInAsync"/>.</exception>
    public async Task<TokenResponse> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        var tokens = await Auth.LoginAsync(new LoginRequest { Login = login, Password = password }, cancellationToken).ConfigureAwait(false);
        await _apis.Tokens.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    /// <summary>Finishes a sign-in that threw <see cref="AdaptiveLearningMfaRequiredException"/> and keeps the tokens.</summary>
    /// <param name="challenge">The exception's <see cref="AdaptiveLearningMfaRequiredException.Challenge"/>.</param>
    /// <param name="code">The 6-digit code the user's authenticator shows now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, also saved in the token store.</returns>
    /// <exception cref="AdaptiveLearningApiException">401 <c>invalid_mfa_code</c> (ask again), 401 <c>invalid_mfa_challenge</c> (sign in again), 429 <c>login_throttled</c>.</exception>
    public Task<TokenResponse> CompleteSignInAsync(string challenge, string code, CancellationToken cancellationToken = default) =>
        FinishSignInAsync(new LoginMfaRequest { Challenge = challenge, Code = code }, cancellationToken);

    /// <summary>Like <see cref="CompleteSignInAsync"/>, with one of the recovery codes instead of the authenticator; each works once.</summary>
    /// <param name="challenge">The exception's <see cref="AdaptiveLearningMfaRequiredException.Challenge"/>.</param>
    /// <param name="recoveryCode">An unused recovery code (dashes and case do not matter).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tokens, also saved in the token store.</returns>
    public Task<TokenResponse> CompleteSignInWithRecoveryCodeAsync(string challenge, string recoveryCode, CancellationToken cancellationToken = default) =>
        FinishSignInAsync(new LoginMfaRequest { Challenge = challenge, RecoveryCode = recoveryCode }, cancellationToken);

    /// <summary>Turns two-step sign-in off and keeps this client signed in with the new tokens (every other session ends).</summary>
    /// <param name="request">The password and either an authenticator code or a recovery code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tokens, also saved in the token store.</returns>
    public async Task<TokenResponse> DisableTotpAndKeepSessionAsync(DisableTotpRequest request, CancellationToken cancellationToken = default)
    {
        var tokens = await Users.DisableTotpAsync(request, cancellationToken).ConfigureAwait(false);
        await _apis.Tokens.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    private async Task<TokenResponse> FinishSignInAsync(LoginMfaRequest request, CancellationToken cancellationToken)
    {
        var tokens = await Auth.LoginMfaAsync(request, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The hierarchy, or "not modified" when <paramref name="etag"/> is still current (a 304 costs the server no serialisation).</summary>
    /// <param name="etag">The <see cref="ConditionalResponse{T}.ETag"/> of the copy you hold; null for an unconditional read.</param>
    /// <param name="includeInactive">Authors and admins only: include deactivated nodes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tree and its ETag, or not modified.</returns>
    /// <example><code>
    /// var read = await client.GetHierarchyIfChangedAsync(cached?.ETag);
    /// if (!read.IsNotModified) cached = read;
    /// </code></example>
    public Task<ConditionalResponse<HierarchyResponse>> GetHierarchyIfChangedAsync(string? etag, bool? includeInactive = null,
        CancellationToken cancellationToken = default) =>
        Raw.GetIfChangedAsync<HierarchyResponse>("/api/v1/hierarchy" + InactiveQuery(includeInactive), etag, cancellationToken);

    /// <summary>One hierarchy node with its children, or "not modified" when <paramref name="etag"/> is still current.</summary>
    /// <param name="path">The node's path, such as <c>driving__signs</c>.</param>
    /// <param name="etag">The ETag of the copy you hold; null for an unconditional read.</param>
    /// <param name="includeInactive">Authors and admins only: include deactivated nodes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The node and its ETag, or not modified.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    public Task<ConditionalResponse<HierarchyNode>> GetHierarchyNodeIfChangedAsync(string path, string? etag, bool? includeInactive = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Raw.GetIfChangedAsync<HierarchyNode>($"/api/v1/hierarchy/{Uri.EscapeDataString(path)}{InactiveQuery(includeInactive)}", etag, cancellationToken);
    }

    /// <summary>A question, or "not modified" when <paramref name="etag"/> is still current.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="etag">The ETag of the copy you hold; null for an unconditional read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question and its ETag, or not modified.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    public Task<ConditionalResponse<Question>> GetQuestionIfChangedAsync(long id, string? etag, CancellationToken cancellationToken = default) =>
        Raw.GetIfChangedAsync<Question>($"/api/v1/questions/{id}", etag, cancellationToken);

    /// <summary>
    /// Edits a question only if it is still the version you read: another editor's change since makes it throw 412
    /// <c>precondition_failed</c> and nothing is written (authors and admins).
    /// </summary>
    /// <param name="id">The question id.</param>
    /// <param name="request">The fields to change; null fields stay as they are.</param>
    /// <param name="etag">The <see cref="ConditionalResponse{T}.ETag"/> from <see cref="GetQuestionIfChangedAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question as it is now.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c>,
    /// 412 <c>precondition_failed</c>.</exception>
    public Task<Question> UpdateQuestionIfMatchAsync(long id, UpdateQuestionRequest request, string etag,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return Raw.SendJsonIfMatchAsync<Question>(HttpMethod.Patch, $"/api/v1/questions/{id}", request, etag, cancellationToken);
    }

    /// <summary>
    /// Uploads question files from disk as multipart/form-data and starts an import job (authors and admins); wait for it with
    /// <see cref="ImportsApiExtensions.WaitForCompletionAsync"/>. Each file's name says where it goes:
    /// <c>topic__subtopic__leaf__facet.json</c>, or <c>_hierarchy.json</c>.
    /// </summary>
    /// <param name="paths">The files to upload.</param>
    /// <param name="publish">Publish created and changed questions (otherwise new ones are drafts).</param>
    /// <param name="dryRun">Only validate and report; change nothing.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The queued job.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 413 <c>payload_too_large</c>.</exception>
    public Task<ImportJobView> StartImportFromFilesAsync(IEnumerable<string> paths, bool publish = false, bool dryRun = false,
        CancellationToken cancellationToken = default) =>
        StartImportFromFilesAsync(paths, null, publish, dryRun, cancellationToken);

    /// <summary>
    /// Uploads bank files from disk in another format — <c>.csv</c>, <c>.tsv</c>, <c>.gift</c>, <c>.aiken</c>, Moodle <c>.xml</c>,
    /// Anki <c>.apkg</c> — and starts an import job, as <see cref="StartImportFromFilesAsync(IEnumerable{string}, bool, bool, CancellationToken)"/> does.
    /// </summary>
    /// <param name="paths">The files to upload; a file's extension says its format unless <paramref name="format"/> does.</param>
    /// <param name="format">json, csv, tsv, gift, aiken, moodle_xml or anki for every file but <c>_hierarchy.json</c>; null: by extension.</param>
    /// <param name="publish">Publish created and changed questions (otherwise new ones are drafts).</param>
    /// <param name="dryRun">Only validate and report; change nothing.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The queued job.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 413 <c>payload_too_large</c>.</exception>
    public async Task<ImportJobView> StartImportFromFilesAsync(IEnumerable<string> paths, string? format, bool publish = false, bool dryRun = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var form = new MultipartFormDataContent();
        foreach (var path in paths)
        {
            // Bytes rather than a stream, so the body can be sent again after a token renewal.
            var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/octet-stream");
            form.Add(file, "files", Path.GetFileName(path));
        }
        form.Add(new StringContent(publish ? "true" : "false"), "publish");
        form.Add(new StringContent(dryRun ? "true" : "false"), "dryRun");
        if (format is not null)
            form.Add(new StringContent(format), "format");
        return await Raw.PostAsync<ImportJobView>("/api/v1/imports", form, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the HTTP resources of a client created with <c>new</c>; a no-op for injected clients.</summary>
    public void Dispose() => _ownedServices?.Dispose();

    private RawCalls Raw => new(_apis.Http);

    private static string InactiveQuery(bool? includeInactive) =>
        includeInactive is { } value ? $"?includeInactive={(value ? "true" : "false")}" : "";

    private static ServiceProvider OwnServices(AdaptiveLearningClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceCollection().AddAdaptiveLearningClientCore(options).BuildServiceProvider();
    }
}
