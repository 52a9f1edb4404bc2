using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts.AuthenticateApiKey;
using AdaptiveLearning.Domain.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against the database on every call
/// (ADR 0014). A refused key answers 401 with the reason's code, and the refusal is audited when it is answered, after
/// the rate limiter, so a flood of bad keys cannot flood the audit log.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string AuthorizationPrefix = SchemeName + " ";
    private static readonly object Outage = new();

    /// <summary>The key a request presents, or null when it presents none.</summary>
    public static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.Count > 0)
            return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase) ? authorization[AuthorizationPrefix.Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { } key)
            return AuthenticateResult.NoResult();
        ApiKeyCheck check;
        try
        {
            var authenticate = Context.RequestServices.GetRequiredService<IHandler<AuthenticateApiKeyCommand, ApiKeyCheck>>();
            check = await authenticate.HandleAsync(new AuthenticateApiKeyCommand(key, Context.Connection.RemoteIpAddress?.ToString()), Context.RequestAborted);
        }
        // The authentication middleware would turn any exception into a bare 401; an outage must stay "retry later".
        catch (Exception e) when (DependencyOutage.Is(e))
        {
            Context.Items[Outage] = true;
            return AuthenticateResult.Fail("The API key could not be checked.");
        }
        if (!check.Succeeded)
        {
            Context.Items[typeof(ApiKeyCheck)] = check;
            return AuthenticateResult.Fail(check.Failure!.Title);
        }
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, check.ServiceAccountId.ToString()),
            new(ApiKeyClaims.KeyId, check.KeyId.ToString()),
        };
        claims.AddRange(check.Scopes.Select(s => new Claim(ApiKeyClaims.Scope, WireNames.Of(s))));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimNames.Subject, ClaimNames.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(Outage))
        {
            Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await ProblemWriter.WriteAsync(Context, Problems.Unavailable, DependencyOutage.Detail);
            return;
        }
        if (Context.Items[typeof(ApiKeyCheck)] is not ApiKeyCheck { Failure: { } failure } refused)
        {
            await ProblemWriter.WriteAsync(Context, Problems.Unauthenticated);
            return;
        }
        try
        {
            await Context.RequestServices.GetRequiredService<ISecurityAudit>().RecordAsync(refused.FailureAudit!, Context.RequestAborted);
        }
        catch (Exception e) when (DependencyOutage.Is(e))
        {
            // The refusal stands without its audit entry: the database that would hold it is down.
            Logger.LogWarning(e, "A refused API key could not be audited");
        }
        await ProblemWriter.WriteAsync(Context, failure);
    }
}
