global using NUnit.Framework;
global using System.Net;
global using System.Net.Http.Json;
