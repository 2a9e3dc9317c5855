/** GET /api/posts — search stored posts. */
import * as contract from '../../../contract/posts.js'
import { ACCESS } from '../../auth/roles.js'
import { searchPosts, SearchQueryError } from '../../posts/post-search.js'
import { reply, routes, serve } from '../endpoint.js'
import { ApiError } from '../errors.js'

/** The posts routes. */
export const postRoutes = routes(
  serve(contract.searchPosts, ACCESS.postsSearch, async (c, { query }) => {
    try {
      return reply(200, await searchPosts(c.var.ctx.database.db, query))
    } catch (err) {
      if (err instanceof SearchQueryError) throw new ApiError(400, 'bad_request', err.message, { cause: err })
      throw err
    }
  }),
)
