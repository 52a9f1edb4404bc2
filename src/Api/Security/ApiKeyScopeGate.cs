using System.Security.Claims;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;
using Microsoft.AspNetCore.Authorization;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// Between authentication (and the rate limiter) and authorization: an API-key caller may reach only the routes its
/// scopes open (<see cref="ApiKeyScopeMap"/>), and there it gets the role that route's policy asks for, for this request
/// only. Endpoints keep their role policies unchanged.
/// </summary>
internal sealed class ApiKeyScopeGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        // Anonymous routes (login, health) and routes outside FastEndpoints (metrics: admins only) need no scope.
        if (http.User.FindFirst(ApiKeyClaims.KeyId) is null || endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint?.Metadata.GetMetadata<EndpointDefinition>() is not { } definition)
        {
            await next(http);
            return;
        }
        var held = http.User.FindAll(ApiKeyClaims.Scope)
            .Select(c => WireNames.TryParse(c.Value, out ApiScope s) ? s : (ApiScope?)null).OfType<ApiScope>().ToHashSet();
        if (!ApiKeyScopeMap.TryGrant(definition.EndpointType, held, out var role))
        {
            await ProblemWriter.WriteAsync(http, Problems.InsufficientScope);
            return;
        }
        if (role is not null)
            http.User.AddIdentity(new ClaimsIdentity([new Claim(ClaimNames.Role, role)], ApiKeyAuthenticationHandler.SchemeName, ClaimNames.Subject, ClaimNames.Role));
        await next(http);
    }
}
