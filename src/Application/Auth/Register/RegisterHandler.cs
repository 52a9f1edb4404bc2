using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth.Register;

internal sealed class RegisterHandler(IUserRepository users, IPasswordHasher hasher, EmailVerification verification, IRequestOrigin origin, IClock clock)
    : IHandler<RegisterCommand, RegisteredUser>
{
    public async Task<RegisteredUser> HandleAsync(RegisterCommand request, CancellationToken ct)
    {
        var email = request.Email.Trim();
        var username = request.Username.Trim();
        if (PasswordPolicy.Check(request.Password, email.Split('@')[0], username) is { } reason)
            throw ProblemException.Field("password", reason);
        if (await users.EmailExistsAsync(email, ct))
            throw new ProblemException(Problems.EmailTaken);
        if (await users.UsernameExistsAsync(username, ct))
            throw new ProblemException(Problems.UsernameTaken);

        var user = new User
        {
            Id = Guid.NewGuid(),
            Email = email,
            Username = username,
            DisplayName = request.DisplayName ?? username,
            PasswordHash = hasher.Hash(request.Password),
            CreatedAt = clock.UtcNow,
        };
        try
        {
            await users.AddAsync(user, ct);
        }
        catch (DuplicateKeyException e)
        {
            // Someone registered the same email or username between the checks above and the insert.
            throw new ProblemException(e.Field == "email" ? Problems.EmailTaken : Problems.UsernameTaken);
        }
        // After the account commits: if this step is lost, the owner asks for the mail again (POST /users/me/email/verification).
        await verification.SendAsync(user, origin.Client, ct);
        return new RegisteredUser(user.Id, user.Email, user.Username);
    }
}
