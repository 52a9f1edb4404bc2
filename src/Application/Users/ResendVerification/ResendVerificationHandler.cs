using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ResendVerification;

internal sealed class ResendVerificationHandler(IUserRepository users, EmailVerification verification)
    : IHandler<ResendVerificationCommand, bool>
{
    public async Task<bool> HandleAsync(ResendVerificationCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        if (user.EmailVerifiedAt is not null)
            throw new ProblemException(Problems.EmailAlreadyVerified);
        await verification.SendAsync(user, request.Client, ct);
        return true;
    }
}
