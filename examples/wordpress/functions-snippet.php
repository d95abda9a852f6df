<?php
// Alternative to the plugin: the same two lines in the theme's functions.php.
add_action( 'wp_head', static function () {
	wp_print_script_tag( array(
		'type'        => 'module',
		'async'       => true,
		'src'         => 'https://cdn.jsdelivr.net/npm/@factbox/embed@0.1.0/dist/embed.js',
		'integrity'   => 'sha384-/p6XaD4RM6mAq0BmMJuA82IkckBwoSIv+j8TNNA+LmUUCmIND0NJGe1LfZbK3n5l',
		'crossorigin' => 'anonymous',
	) );
} );
