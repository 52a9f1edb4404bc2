using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Hierarchy;

/// <summary>
/// The content tree, topic &gt; subtopic &gt; leaf &gt; facet: <c>/api/v1/hierarchy</c>.
/// A node is addressed by its path, its codes joined with <c>__</c> (<c>driving__signs__warning</c>).
/// </summary>
[Headers("Authorization: Bearer")]
public interface IHierarchyApi
{
    /// <summary>The whole tree with each node's count of published questions.</summary>
    /// <param name="includeInactive">Authors and admins only: include deactivated nodes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The topics, each with its children down to the facets.</returns>
    [Get("/api/v1/hierarchy")]
    Task<HierarchyResponse> GetHierarchyAsync([Query] bool? includeInactive = null, CancellationToken cancellationToken = default);

    /// <summary>One node with its direct children.</summary>
    /// <param name="path">The node's path, such as <c>driving__signs</c>.</param>
    /// <param name="includeInactive">Authors and admins only: include deactivated nodes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The node.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/hierarchy/{path}")]
    Task<HierarchyNode> GetHierarchyNodeAsync(string path, [Query] bool? includeInactive = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a topic, or a subtopic, leaf or facet under a parent (authors and admins).</summary>
    /// <param name="request">Parent path (none for a topic), code, name, optional description and position.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new node.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 (no such parent), 409 <c>conflict</c> (code taken), 422 <c>rule_violated</c> (below a facet).</exception>
    [Post("/api/v1/hierarchy")]
    Task<HierarchyNode> CreateHierarchyNodeAsync([Body] CreateHierarchyNodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Renames, describes, deactivates or reactivates a node (authors and admins); fields left null stay as they are.</summary>
    /// <param name="path">The node's path.</param>
    /// <param name="request">The fields to change; <c>Active = false</c> hides the node and everything under it from learners.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated node.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Patch("/api/v1/hierarchy/{path}")]
    Task<HierarchyNode> UpdateHierarchyNodeAsync(string path, [Body] UpdateHierarchyNodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the order of a node's children, or of the topics (authors and admins).</summary>
    /// <param name="request">The parent's path (none for the topics) and every child code once, in the new order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the new order is saved.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (codes missing or unknown), 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Post("/api/v1/hierarchy/reorder")]
    Task ReorderHierarchyNodesAsync([Body] ReorderHierarchyNodesRequest request, CancellationToken cancellationToken = default);
}
