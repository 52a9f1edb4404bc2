using AdaptiveLearning.Client.Resources.Auth;
using AdaptiveLearning.Client.Resources.Users;

namespace AdaptiveLearning.Client;

/// <summary>Every area's Refit client; adding an area means one property here and one line in the registration.</summary>
internal sealed record ApiSet(AdaptiveLearningSession Session, IAuthApi Auth, IUsersApi Users);
