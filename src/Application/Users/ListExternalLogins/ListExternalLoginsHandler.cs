using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ListExternalLogins;

internal sealed class ListExternalLoginsHandler(IExternalLoginRepository logins)
    : IHandler<ListExternalLoginsQuery, IReadOnlyList<ExternalLoginView>>
{
    public async Task<IReadOnlyList<ExternalLoginView>> HandleAsync(ListExternalLoginsQuery request, CancellationToken ct) =>
        (await logins.ListAsync(request.UserId, ct))
        .Select(l => new ExternalLoginView(l.Id, l.Provider, l.Email, l.CreatedAt, l.LastUsedAt))
        .ToList();
}
