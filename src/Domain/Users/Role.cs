namespace AdaptiveLearning.Domain.Users;

/// <summary>Stored as the number in <c>users.role</c>: values never change, new roles take the next number.</summary>
public enum Role
{
    Learner = 0,
    Author = 1,
    Admin = 2,
    /// <summary>Approves or rejects submitted questions (never their own change) and reads content as staff do.</summary>
    Reviewer = 3,
}
