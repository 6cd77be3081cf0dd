// A beGateway shop for the server's webhook tests: its webhooks carry HTTP Basic credentials (shop id and secret key),
// as the seed payloads in ./fixtures are sent (docs/providers/begateway.md).
export const basicShop = {
  id: "shop-basic",
  provider: "begateway",
  name: "Basic shop",
  baseUrl: "http://127.0.0.1:1",
  credentials: { shopId: "361", secretKey: "s3cret" },
};
