namespace AdaptiveLearning.Api.FunctionalTests.Auth.External;

/// <summary>Someone the test provider can sign in; a test picks them with <c>login_hint</c>.</summary>
internal sealed record TestOidcUser(string Subject, string? Email, bool EmailVerified, string Name = "Test Person");
