using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Groups;

/// <summary>Study groups, their members and challenges: <c>/api/v1/groups</c>. A group I am not in answers 404 everywhere.</summary>
[Headers("Authorization: Bearer")]
public interface IGroupsApi
{
    /// <summary>Starts a study group with me as its owner.</summary>
    /// <param name="request">The group's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group with its invite code.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Post("/api/v1/groups")]
    Task<GroupView> CreateGroupAsync([Body] CreateGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>The groups I belong to, newest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>My groups without their members.</returns>
    [Get("/api/v1/groups")]
    Task<List<GroupView>> ListGroupsAsync(CancellationToken cancellationToken = default);

    /// <summary>One of my groups with its members.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group; the invite code only when I own it.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c> (also for a group I am not in).</exception>
    [Get("/api/v1/groups/{id}")]
    Task<GroupView> GetGroupAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes my group with its memberships and challenges (owner only).</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c> for a member; 404 <c>not_found</c>.</exception>
    [Delete("/api/v1/groups/{id}")]
    Task DeleteGroupAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Joins a group with its invite code; joining again just returns the group.</summary>
    /// <param name="request">The invite code (case and dashes do not matter).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group I joined.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>invalid_invite_code</c>; 422 <c>group_full</c>.</exception>
    [Post("/api/v1/groups/join")]
    Task<GroupView> JoinGroupAsync([Body] JoinGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces my group's invite code; the old one stops working at once (owner only).</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group with its new code.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c> for a member; 404 <c>not_found</c>.</exception>
    [Post("/api/v1/groups/{id}/invite-code")]
    Task<GroupView> ReplaceInviteCodeAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Leaves a group (my own user id) or, as its owner, removes a member.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="userId">The member to remove; my own id to leave.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>; 404 <c>not_found</c>; 409 <c>owner_cannot_leave</c>.</exception>
    [Delete("/api/v1/groups/{id}/members/{userId}")]
    Task RemoveGroupMemberAsync(Guid id, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Chooses whether the group's educating owner may see my progress (off until I turn it on).</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="request">Whether I share my progress.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group as I now see it.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 404 <c>not_found</c>.</exception>
    [Patch("/api/v1/groups/{id}/membership")]
    Task<GroupView> UpdateMembershipAsync(Guid id, [Body] UpdateMembershipRequest request, CancellationToken cancellationToken = default);

    /// <summary>A member's progress per node, for a group owner with the author or admin role, while the member shares it.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="userId">The member.</param>
    /// <param name="node">A hierarchy path; null for the whole bank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's own progress report.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c> or <c>progress_not_shared</c>; 404 <c>not_found</c>.</exception>
    [Get("/api/v1/groups/{id}/members/{userId}/progress")]
    Task<ProgressReport> GetMemberProgressAsync(Guid id, Guid userId, string? node = null, CancellationToken cancellationToken = default);

    /// <summary>Challenges my group: a metric over a period, optionally within a scope.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="request">Name, metric, scope, start and end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The challenge.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 404 <c>not_found</c>; 422 <c>nothing_to_study</c>.</exception>
    [Post("/api/v1/groups/{id}/challenges")]
    Task<ChallengeView> CreateChallengeAsync(Guid id, [Body] CreateChallengeRequest request, CancellationToken cancellationToken = default);

    /// <summary>My group's challenges, latest start first, without their boards.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The challenges.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/groups/{id}/challenges")]
    Task<List<ChallengeView>> ListChallengesAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A challenge with its board; once ended, its frozen result and winners.</summary>
    /// <param name="id">The group's id.</param>
    /// <param name="challengeId">The challenge's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The challenge and its standings.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/groups/{id}/challenges/{challengeId}")]
    Task<ChallengeView> GetChallengeAsync(Guid id, Guid challengeId, CancellationToken cancellationToken = default);
}
