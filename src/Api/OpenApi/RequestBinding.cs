namespace AdaptiveLearning.Api.OpenApi;

internal enum RequestBinding
{
    /// <summary>JSON body for POST/PUT/PATCH, query string for GET/DELETE/HEAD.</summary>
    BodyOrQuery,
    Query,
    Header,
}
