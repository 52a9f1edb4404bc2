namespace AdaptiveLearning.Domain.Users;

/// <summary>Stored as the number in <c>users.role</c>: values never change, new roles take the next number.</summary>
public enum Role
{
    Learner = 0,
    Author = 1,
    Admin = 2,
    /// <summary>Will approve content in the editorial workflow; for now a role admins can grant, with a learner's permissions.</summary>
    Reviewer = 3,
}
