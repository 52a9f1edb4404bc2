using AdaptiveLearning.Application.Users;

namespace AdaptiveLearning.Api.Features.Users.ListSessions;

/// <param name="Items">My signed-in devices, most recently used first.</param>
public sealed record SignedInSessionList(IReadOnlyList<SignedInSession> Items);
