using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json;
using FastEndpoints;

namespace AdaptiveLearning.Api.OpenApi;

internal enum RequestBinding
{
    /// <summary>JSON body for POST/PUT/PATCH, query string for GET/DELETE/HEAD.</summary>
    BodyOrQuery,
    Query,
    Header,
}
