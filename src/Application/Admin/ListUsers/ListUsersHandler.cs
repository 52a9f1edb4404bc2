using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin.ListUsers;

internal sealed class ListUsersHandler(IUserAdministration accounts) : IHandler<ListUsersQuery, ManagedUserPage>
{
    public async Task<ManagedUserPage> HandleAsync(ListUsersQuery request, CancellationToken ct)
    {
        var spec = new UserListSpecification(
            string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim(), request.Role, request.Active,
            KeysetCursor.DecodeOrThrow(request.Cursor, "cursor"),
            Math.Clamp(request.Limit ?? UserListSpecification.DefaultLimit, 1, UserListSpecification.MaxLimit));
        var page = await accounts.ListAsync(spec, ct);
        return new ManagedUserPage(page.Items, page.Next?.Encode());
    }
}
