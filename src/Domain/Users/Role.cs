namespace AdaptiveLearning.Domain.Users;

public enum Role
{
    Learner = 0,
    Author = 1,
    Admin = 2,
}
