namespace AdaptiveLearning.Api.Security;

/// <summary>Role names as they appear in tokens.</summary>
public static class Roles
{
    public const string Learner = "learner";
    public const string Author = "author";
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
}
