using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.GetMe;

internal sealed class GetMeHandler(IUserRepository users) : IHandler<GetMeQuery, UserProfile>
{
    public async Task<UserProfile> HandleAsync(GetMeQuery request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        return UserProfile.From(user);
    }
}
